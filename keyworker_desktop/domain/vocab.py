"""The fixed vocabularies of keyworking practice, with plain-English labels.

Values are stored as their string codes; labels are what people read.
Sources: ../shared/seeds (000 policy, 001 home chapter, 002 pilot lessons, 003, 004).
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        # Keyed by class and value: members of two enums with the same value hash and
        # compare equal (StrEnum), so a table keyed by member gave one the other's label.
        return _LABELS.get((type(self), self.value),
                           self.value.replace("_", " ").capitalize())

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class PlaceType(Labelled):
    SCHOOL = "school"
    HOME = "home"
    HOSPITAL_IN_AREA = "hospital_in_area"
    HOSPITAL_OUT_OF_AREA = "hospital_out_of_area"
    RESIDENTIAL = "residential"
    COMMUNITY = "community"
    OFFICE = "office"

    @property
    def out_of_area(self) -> bool:
        return self is PlaceType.HOSPITAL_OUT_OF_AREA


class LivingSituation(Labelled):
    FAMILY_HOME = "family_home"
    RESIDENTIAL_PLACEMENT = "residential_placement"
    INPATIENT_IN_AREA = "inpatient_in_area"
    INPATIENT_OUT_OF_AREA = "inpatient_out_of_area"
    SUPPORTED_LIVING = "supported_living"
    OTHER = "other"


class Rag(Labelled):
    """DSR rating; blue means already an inpatient, as used in practice (seed 002)."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    BLUE = "blue"


class Sector(Labelled):
    HEALTH = "health"
    EDUCATION = "education"
    SOCIAL_CARE = "social_care"
    VOLUNTARY_COMMUNITY = "voluntary_community"
    FAMILY_INFORMAL = "family_informal"


class LinkStrength(Labelled):
    """Ecomap line: solid/thick, dashed, jagged, or no line."""

    STRONG = "strong"
    TENUOUS = "tenuous"
    STRESSFUL = "stressful"
    NONE = "none"


class LinkDirection(Labelled):
    TO_YOUNG_PERSON = "to_young_person"
    FROM_YOUNG_PERSON = "from_young_person"
    BOTH = "both"
    NONE = "none"


class AllocationRole(Labelled):
    KEYWORKER = "keyworker"
    SENIOR_KEYWORKER = "senior_keyworker"
    FAMILY_KEYWORKER = "family_keyworker"


class ChangeReason(Labelled):
    """Why a keyworker changed: the four reasons of seed 001, plus the first allocation."""

    FIRST_ALLOCATION = "first_allocation"
    CHILD_COMPLAINT = "child_complaint"
    STAFF_LEFT = "staff_left"
    NO_POSITIVE_RELATIONSHIP = "no_positive_relationship"
    NOT_IN_BEST_INTERESTS = "not_in_best_interests"
    STEP_DOWN = "step_down"


class ConsentKind(Labelled):
    REGISTER = "register"
    KEYWORKER = "keyworker"
    SHARE_INFORMATION = "share_information"
    PHOTO = "photo"
    MEDICAL = "medical"


class ConsentGiver(Labelled):
    YOUNG_PERSON = "young_person"
    PARENTAL_RESPONSIBILITY = "parental_responsibility"
    BEST_INTEREST_DECISION = "best_interest_decision"


class ConsentHow(Labelled):
    """How a consent was recorded (the signed form is attached to the consent)."""

    SIGNED_FORM = "signed_form"
    VERBALLY_IN_PERSON = "verbally_in_person"
    BY_PHONE = "by_phone"
    BY_LETTER_OR_EMAIL = "by_letter_or_email"


class DsrStatus(Labelled):
    """Where a register entry stands (seed 002): referred, on the triage waiting list,
    accepted onto the register or declined, and later closed."""

    REFERRED = "referred"
    WAITING = "waiting"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CLOSED = "closed"


class VisitStatus(Labelled):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class SessionPurpose(Labelled):
    """Purposes of a keyworker session (seed 001)."""

    PROGRESS_CHASING = "progress_chasing"
    SPECIFIC_ISSUES = "specific_issues"
    REVIEW_OR_COURT = "review_or_court"
    FUTURE_IDEAS = "future_ideas"
    TALKING_ABOUT_PAST = "talking_about_past"


class SessionFormat(Labelled):
    FORMAL_MEETING = "formal_meeting"
    ACTIVITY = "activity"


class NoteStatus(Labelled):
    DRAFT = "draft"
    FINAL = "final"


class MeetingKind(Labelled):
    CETR = "cetr"
    CTR = "ctr"
    TRACKER = "tracker"
    PROFESSIONALS = "professionals"
    MDT = "mdt"
    REVIEW = "review"
    OTHER = "other"


class ActionStatus(Labelled):
    OPEN = "open"
    CHASED = "chased"
    DONE = "done"
    CANCELLED = "cancelled"


class EscalationLevel(Labelled):
    PRACTITIONER = "practitioner"
    MANAGER = "manager"
    SENIOR_MANAGER = "senior_manager"
    DIRECTOR = "director"
    COMMISSIONER = "commissioner"


class FamilyRelationship(Labelled):
    PARENT = "parent"
    CARER = "carer"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    FRIEND = "friend"


class PlanKind(Labelled):
    """The plans a child's file must hold current (seeds 001, 003)."""

    CARE_PLAN = "care_plan"
    PATHWAY_PLAN = "pathway_plan"
    PLACEMENT_PLAN = "placement_plan"
    HEALTH_CARE_PLAN = "health_care_plan"
    RISK_ASSESSMENT = "risk_assessment"
    EHCP = "ehcp"
    PEP = "pep"


class StaffRole(Labelled):
    """A member of staff's role (the central store's accounts map onto these)."""

    KEYWORKER = "keyworker"
    SENIOR_KEYWORKER = "senior_keyworker"
    MANAGER = "manager"


class ContactHow(Labelled):
    """How a contact in the contact log was made."""

    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    LETTER = "letter"
    IN_PERSON = "in_person"


class ContactDirection(Labelled):
    """Who made a contact in the contact log: they contacted us, or we contacted them."""

    IN = "in"
    OUT = "out"


class EscalationSource(Labelled):
    """Where an escalation came from: an overdue action, a blocked referral, or neither."""

    NONE = ""
    ACTION = "action"
    REFERRAL = "referral"


class DocumentKind(Labelled):
    """What a document is, as the Documents tab lists it."""

    CONSENT_FORM = "consent_form"
    KEYWORKER_AGREEMENT = "keyworker_agreement"
    LETTER = "letter"
    REPORT = "report"
    PLAN = "plan"
    OTHER = "other"


class DocumentAttachment(Labelled):
    """What a document is attached to besides the young person (none, a consent, an
    allocation)."""

    NONE = ""
    CONSENT = "consent"
    ALLOCATION = "allocation"


class Language(Labelled):
    """The languages a young person's plan prints in."""

    ENGLISH = "en"
    WELSH = "cy"


_LABEL_LIST: list[tuple[Labelled, str]] = [
    (PlaceType.HOSPITAL_IN_AREA, "Hospital (in area)"),
    (PlaceType.HOSPITAL_OUT_OF_AREA, "Hospital (out of area)"),
    (PlaceType.RESIDENTIAL, "Residential placement"),
    (Rag.BLUE, "Blue (inpatient)"),
    (Sector.SOCIAL_CARE, "Social care"),
    (Sector.VOLUNTARY_COMMUNITY, "Voluntary and community"),
    (Sector.FAMILY_INFORMAL, "Family and informal"),
    (LinkStrength.STRONG, "Strong"),
    (LinkStrength.TENUOUS, "Tenuous"),
    (LinkStrength.STRESSFUL, "Stressful"),
    (LinkStrength.NONE, "Known, not connected"),
    (LinkDirection.TO_YOUNG_PERSON, "Support flows to the young person"),
    (LinkDirection.FROM_YOUNG_PERSON, "Support flows from the young person"),
    (LinkDirection.BOTH, "Support flows both ways"),
    (LinkDirection.NONE, "No direction"),
    (AllocationRole.KEYWORKER, "Keyworker"),
    (AllocationRole.SENIOR_KEYWORKER, "Senior keyworker"),
    (AllocationRole.FAMILY_KEYWORKER, "Family keyworker"),
    (ChangeReason.CHILD_COMPLAINT, "The young person says the relationship is not working"),
    (ChangeReason.STAFF_LEFT, "The keyworker left the service"),
    (ChangeReason.NO_POSITIVE_RELATIONSHIP,
     "The keyworker could not build a positive relationship"),
    (ChangeReason.NOT_IN_BEST_INTERESTS, "The relationship is not in someone's best interests"),
    (ConsentKind.REGISTER, "To be on the Dynamic Support Register"),
    (ConsentKind.KEYWORKER, "To work with a keyworker"),
    (ConsentKind.SHARE_INFORMATION, "To share information"),
    (ConsentKind.PHOTO, "To use their photo"),
    (ConsentKind.MEDICAL, "To medical treatment"),
    (ConsentGiver.PARENTAL_RESPONSIBILITY, "A person with parental responsibility"),
    (ConsentGiver.BEST_INTEREST_DECISION, "A recorded best-interest decision"),
    (ConsentHow.SIGNED_FORM, "Signed form"),
    (ConsentHow.VERBALLY_IN_PERSON, "Verbally, in person"),
    (ConsentHow.BY_PHONE, "By phone"),
    (ConsentHow.BY_LETTER_OR_EMAIL, "By letter or email"),
    (DsrStatus.REFERRED, "Referred"),
    (DsrStatus.WAITING, "On the triage waiting list"),
    (DsrStatus.ACCEPTED, "Accepted onto the register"),
    (DsrStatus.DECLINED, "Declined"),
    (DsrStatus.CLOSED, "Closed"),
    (SessionPurpose.PROGRESS_CHASING, "Progress chasing"),
    (SessionPurpose.SPECIFIC_ISSUES, "Specific issues, behaviours or problems"),
    (SessionPurpose.REVIEW_OR_COURT, "Planning for a review or court appearance"),
    (SessionPurpose.FUTURE_IDEAS, "Ideas for the future"),
    (SessionPurpose.TALKING_ABOUT_PAST, "Talking about the past"),
    (MeetingKind.CETR, "Care (Education) and Treatment Review"),
    (MeetingKind.CTR, "Care and Treatment Review"),
    (MeetingKind.TRACKER, "Tracker meeting"),
    (MeetingKind.PROFESSIONALS, "Professionals' meeting"),
    (MeetingKind.MDT, "Multi-disciplinary team meeting"),
    (PlanKind.EHCP, "Education, health and care plan (EHCP)"),
    (PlanKind.PEP, "Personal education plan (PEP)"),
    (StaffRole.SENIOR_KEYWORKER, "Senior keyworker"),
    (ContactHow.CALL, "Phone call"),
    (ContactHow.MESSAGE, "Text or message"),
    (ContactDirection.IN, "They contacted us"),
    (ContactDirection.OUT, "We contacted them"),
    (EscalationSource.NONE, "On its own"),
    (EscalationSource.ACTION, "An overdue action"),
    (EscalationSource.REFERRAL, "A blocked referral"),
    (DocumentAttachment.NONE, "The young person only"),
    (Language.ENGLISH, "English"),
    (Language.WELSH, "Cymraeg"),
]
# Keyed by (enum class, value): see Labelled.label.
_LABELS: dict[tuple[type[Labelled], str], str] = {
    (type(member), member.value): text for member, text in _LABEL_LIST}
