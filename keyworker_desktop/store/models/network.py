"""Professionals and the links that place them in a young person's network."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from keyworker_desktop.domain.vocab import LinkDirection, LinkStrength, Sector
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson, Synced


class Professional(Base, Synced):
    """A professional; one person may sit in several young people's networks."""

    __tablename__ = "professional"
    __searchable__ = ("name", "role", "agency")

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(40), default="health", info={"vocab": Sector})
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")

    def search_title(self) -> str:
        return f"{self.name}, {self.role}" if self.role else self.name


class NetworkLink(Base, BelongsToYoungPerson):
    """A professional in this young person's network: ecomap line, direction, map position."""

    __tablename__ = "network_link"
    __table_args__ = (UniqueConstraint("young_person_id", "professional_id"),)

    professional_id: Mapped[str] = mapped_column(ForeignKey("professional.id"), index=True)
    relationship_to_young_person: Mapped[str] = mapped_column(Text, default="")
    how_they_help: Mapped[str] = mapped_column(Text, default="")
    strength: Mapped[str] = mapped_column(String(20), default="strong",
                                          info={"vocab": LinkStrength})
    direction: Mapped[str] = mapped_column(String(20), default="to_young_person",
                                           info={"vocab": LinkDirection})
    last_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    map_x: Mapped[float | None] = mapped_column(Float, default=None)
    map_y: Mapped[float | None] = mapped_column(Float, default=None)

    professional: Mapped[Professional] = relationship(lazy="joined")
