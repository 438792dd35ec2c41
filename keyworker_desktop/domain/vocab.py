"""The fixed vocabularies of keyworking practice, with plain-English labels.

Labels are marked for translation (context "Vocabulary") and translated when read.

Values are stored as their string codes; labels are what people read.
Sources: ../shared/seeds (000 policy, 001 home chapter, 002 pilot lessons, 003, 004).
"""

from __future__ import annotations

from enum import StrEnum

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


class Labelled(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        # Keyed by class and value: members of two enums with the same value hash and
        # compare equal (StrEnum), so a table keyed by member gave one the other's label.
        # Every member has a marked label (tests/domain/test_vocab.py); the code is the
        # last resort, never a guessed English phrase that no translator would see.
        return translate("Vocabulary", _LABELS.get((type(self), self.value), self.value))

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


# Every member's label, marked for translation; shown through ``Labelled.label``.
_LABEL_LIST: list[tuple[Labelled, str]] = [
    (PlaceType.SCHOOL, QT_TRANSLATE_NOOP("Vocabulary", "School")),
    (PlaceType.HOME, QT_TRANSLATE_NOOP("Vocabulary", "Home")),
    (PlaceType.HOSPITAL_IN_AREA, QT_TRANSLATE_NOOP("Vocabulary", "Hospital (in area)")),
    (PlaceType.HOSPITAL_OUT_OF_AREA, QT_TRANSLATE_NOOP("Vocabulary", "Hospital (out of area)")),
    (PlaceType.RESIDENTIAL, QT_TRANSLATE_NOOP("Vocabulary", "Residential placement")),
    (PlaceType.COMMUNITY, QT_TRANSLATE_NOOP("Vocabulary", "Community")),
    (PlaceType.OFFICE, QT_TRANSLATE_NOOP("Vocabulary", "Office")),
    (LivingSituation.FAMILY_HOME, QT_TRANSLATE_NOOP("Vocabulary", "Family home")),
    (LivingSituation.RESIDENTIAL_PLACEMENT,
     QT_TRANSLATE_NOOP("Vocabulary", "Residential placement")),
    (LivingSituation.INPATIENT_IN_AREA, QT_TRANSLATE_NOOP("Vocabulary", "Inpatient in area")),
    (LivingSituation.INPATIENT_OUT_OF_AREA,
     QT_TRANSLATE_NOOP("Vocabulary", "Inpatient out of area")),
    (LivingSituation.SUPPORTED_LIVING, QT_TRANSLATE_NOOP("Vocabulary", "Supported living")),
    (LivingSituation.OTHER, QT_TRANSLATE_NOOP("Vocabulary", "Other")),
    (Rag.RED, QT_TRANSLATE_NOOP("Vocabulary", "Red")),
    (Rag.AMBER, QT_TRANSLATE_NOOP("Vocabulary", "Amber")),
    (Rag.GREEN, QT_TRANSLATE_NOOP("Vocabulary", "Green")),
    (Rag.BLUE, QT_TRANSLATE_NOOP("Vocabulary", "Blue (inpatient)")),
    (Sector.HEALTH, QT_TRANSLATE_NOOP("Vocabulary", "Health")),
    (Sector.EDUCATION, QT_TRANSLATE_NOOP("Vocabulary", "Education")),
    (Sector.SOCIAL_CARE, QT_TRANSLATE_NOOP("Vocabulary", "Social care")),
    (Sector.VOLUNTARY_COMMUNITY, QT_TRANSLATE_NOOP("Vocabulary", "Voluntary and community")),
    (Sector.FAMILY_INFORMAL, QT_TRANSLATE_NOOP("Vocabulary", "Family and informal")),
    (LinkStrength.STRONG, QT_TRANSLATE_NOOP("Vocabulary", "Strong")),
    (LinkStrength.TENUOUS, QT_TRANSLATE_NOOP("Vocabulary", "Tenuous")),
    (LinkStrength.STRESSFUL, QT_TRANSLATE_NOOP("Vocabulary", "Stressful")),
    (LinkStrength.NONE, QT_TRANSLATE_NOOP("Vocabulary", "Known, not connected")),
    (LinkDirection.TO_YOUNG_PERSON,
     QT_TRANSLATE_NOOP("Vocabulary", "Support flows to the young person")),
    (LinkDirection.FROM_YOUNG_PERSON,
     QT_TRANSLATE_NOOP("Vocabulary", "Support flows from the young person")),
    (LinkDirection.BOTH, QT_TRANSLATE_NOOP("Vocabulary", "Support flows both ways")),
    (LinkDirection.NONE, QT_TRANSLATE_NOOP("Vocabulary", "No direction")),
    (AllocationRole.KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "Keyworker")),
    (AllocationRole.SENIOR_KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "Senior keyworker")),
    (AllocationRole.FAMILY_KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "Family keyworker")),
    (ChangeReason.FIRST_ALLOCATION, QT_TRANSLATE_NOOP("Vocabulary", "First allocation")),
    (ChangeReason.CHILD_COMPLAINT,
     QT_TRANSLATE_NOOP("Vocabulary", "The young person says the relationship is not working")),
    (ChangeReason.STAFF_LEFT, QT_TRANSLATE_NOOP("Vocabulary", "The keyworker left the service")),
    (ChangeReason.NO_POSITIVE_RELATIONSHIP,
     QT_TRANSLATE_NOOP("Vocabulary", "The keyworker could not build a positive relationship")),
    (ChangeReason.NOT_IN_BEST_INTERESTS,
     QT_TRANSLATE_NOOP("Vocabulary", "The relationship is not in someone's best interests")),
    (ChangeReason.STEP_DOWN, QT_TRANSLATE_NOOP("Vocabulary", "Step down")),
    (ConsentKind.REGISTER,
     QT_TRANSLATE_NOOP("Vocabulary", "To be on the Dynamic Support Register")),
    (ConsentKind.KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "To work with a keyworker")),
    (ConsentKind.SHARE_INFORMATION, QT_TRANSLATE_NOOP("Vocabulary", "To share information")),
    (ConsentKind.PHOTO, QT_TRANSLATE_NOOP("Vocabulary", "To use their photo")),
    (ConsentKind.MEDICAL, QT_TRANSLATE_NOOP("Vocabulary", "To medical treatment")),
    (ConsentGiver.YOUNG_PERSON, QT_TRANSLATE_NOOP("Vocabulary", "Young person")),
    (ConsentGiver.PARENTAL_RESPONSIBILITY,
     QT_TRANSLATE_NOOP("Vocabulary", "A person with parental responsibility")),
    (ConsentGiver.BEST_INTEREST_DECISION,
     QT_TRANSLATE_NOOP("Vocabulary", "A recorded best-interest decision")),
    (ConsentHow.SIGNED_FORM, QT_TRANSLATE_NOOP("Vocabulary", "Signed form")),
    (ConsentHow.VERBALLY_IN_PERSON, QT_TRANSLATE_NOOP("Vocabulary", "Verbally, in person")),
    (ConsentHow.BY_PHONE, QT_TRANSLATE_NOOP("Vocabulary", "By phone")),
    (ConsentHow.BY_LETTER_OR_EMAIL, QT_TRANSLATE_NOOP("Vocabulary", "By letter or email")),
    (DsrStatus.REFERRED, QT_TRANSLATE_NOOP("Vocabulary", "Referred")),
    (DsrStatus.WAITING, QT_TRANSLATE_NOOP("Vocabulary", "On the triage waiting list")),
    (DsrStatus.ACCEPTED, QT_TRANSLATE_NOOP("Vocabulary", "Accepted onto the register")),
    (DsrStatus.DECLINED, QT_TRANSLATE_NOOP("Vocabulary", "Declined")),
    (DsrStatus.CLOSED, QT_TRANSLATE_NOOP("Vocabulary", "Closed")),
    (VisitStatus.PLANNED, QT_TRANSLATE_NOOP("Vocabulary", "Planned")),
    (VisitStatus.DONE, QT_TRANSLATE_NOOP("Vocabulary", "Done")),
    (VisitStatus.CANCELLED, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")),
    (SessionPurpose.PROGRESS_CHASING, QT_TRANSLATE_NOOP("Vocabulary", "Progress chasing")),
    (SessionPurpose.SPECIFIC_ISSUES,
     QT_TRANSLATE_NOOP("Vocabulary", "Specific issues, behaviours or problems")),
    (SessionPurpose.REVIEW_OR_COURT,
     QT_TRANSLATE_NOOP("Vocabulary", "Planning for a review or court appearance")),
    (SessionPurpose.FUTURE_IDEAS, QT_TRANSLATE_NOOP("Vocabulary", "Ideas for the future")),
    (SessionPurpose.TALKING_ABOUT_PAST, QT_TRANSLATE_NOOP("Vocabulary", "Talking about the past")),
    (SessionFormat.FORMAL_MEETING, QT_TRANSLATE_NOOP("Vocabulary", "Formal meeting")),
    (SessionFormat.ACTIVITY, QT_TRANSLATE_NOOP("Vocabulary", "Activity")),
    (NoteStatus.DRAFT, QT_TRANSLATE_NOOP("Vocabulary", "Draft")),
    (NoteStatus.FINAL, QT_TRANSLATE_NOOP("Vocabulary", "Final")),
    (MeetingKind.CETR, QT_TRANSLATE_NOOP("Vocabulary", "Care (Education) and Treatment Review")),
    (MeetingKind.CTR, QT_TRANSLATE_NOOP("Vocabulary", "Care and Treatment Review")),
    (MeetingKind.TRACKER, QT_TRANSLATE_NOOP("Vocabulary", "Tracker meeting")),
    (MeetingKind.PROFESSIONALS, QT_TRANSLATE_NOOP("Vocabulary", "Professionals' meeting")),
    (MeetingKind.MDT, QT_TRANSLATE_NOOP("Vocabulary", "Multi-disciplinary team meeting")),
    (MeetingKind.REVIEW, QT_TRANSLATE_NOOP("Vocabulary", "Review")),
    (MeetingKind.OTHER, QT_TRANSLATE_NOOP("Vocabulary", "Other")),
    (ActionStatus.OPEN, QT_TRANSLATE_NOOP("Vocabulary", "Open")),
    (ActionStatus.CHASED, QT_TRANSLATE_NOOP("Vocabulary", "Chased")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("Vocabulary", "Done")),
    (ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")),
    (EscalationLevel.PRACTITIONER, QT_TRANSLATE_NOOP("Vocabulary", "Practitioner")),
    (EscalationLevel.MANAGER, QT_TRANSLATE_NOOP("Vocabulary", "Manager")),
    (EscalationLevel.SENIOR_MANAGER, QT_TRANSLATE_NOOP("Vocabulary", "Senior manager")),
    (EscalationLevel.DIRECTOR, QT_TRANSLATE_NOOP("Vocabulary", "Director")),
    (EscalationLevel.COMMISSIONER, QT_TRANSLATE_NOOP("Vocabulary", "Commissioner")),
    (FamilyRelationship.PARENT, QT_TRANSLATE_NOOP("Vocabulary", "Parent")),
    (FamilyRelationship.CARER, QT_TRANSLATE_NOOP("Vocabulary", "Carer")),
    (FamilyRelationship.SIBLING, QT_TRANSLATE_NOOP("Vocabulary", "Sibling")),
    (FamilyRelationship.GRANDPARENT, QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")),
    (FamilyRelationship.OTHER_RELATIVE, QT_TRANSLATE_NOOP("Vocabulary", "Other relative")),
    (FamilyRelationship.FRIEND, QT_TRANSLATE_NOOP("Vocabulary", "Friend")),
    (PlanKind.CARE_PLAN, QT_TRANSLATE_NOOP("Vocabulary", "Care plan")),
    (PlanKind.PATHWAY_PLAN, QT_TRANSLATE_NOOP("Vocabulary", "Pathway plan")),
    (PlanKind.PLACEMENT_PLAN, QT_TRANSLATE_NOOP("Vocabulary", "Placement plan")),
    (PlanKind.HEALTH_CARE_PLAN, QT_TRANSLATE_NOOP("Vocabulary", "Health care plan")),
    (PlanKind.RISK_ASSESSMENT, QT_TRANSLATE_NOOP("Vocabulary", "Risk assessment")),
    (PlanKind.EHCP, QT_TRANSLATE_NOOP("Vocabulary", "Education, health and care plan (EHCP)")),
    (PlanKind.PEP, QT_TRANSLATE_NOOP("Vocabulary", "Personal education plan (PEP)")),
    (StaffRole.KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "Keyworker")),
    (StaffRole.SENIOR_KEYWORKER, QT_TRANSLATE_NOOP("Vocabulary", "Senior keyworker")),
    (StaffRole.MANAGER, QT_TRANSLATE_NOOP("Vocabulary", "Manager")),
    (ContactHow.CALL, QT_TRANSLATE_NOOP("Vocabulary", "Phone call")),
    (ContactHow.EMAIL, QT_TRANSLATE_NOOP("Vocabulary", "Email")),
    (ContactHow.MESSAGE, QT_TRANSLATE_NOOP("Vocabulary", "Text or message")),
    (ContactHow.LETTER, QT_TRANSLATE_NOOP("Vocabulary", "Letter")),
    (ContactHow.IN_PERSON, QT_TRANSLATE_NOOP("Vocabulary", "In person")),
    (ContactDirection.IN, QT_TRANSLATE_NOOP("Vocabulary", "They contacted us")),
    (ContactDirection.OUT, QT_TRANSLATE_NOOP("Vocabulary", "We contacted them")),
    (EscalationSource.NONE, QT_TRANSLATE_NOOP("Vocabulary", "On its own")),
    (EscalationSource.ACTION, QT_TRANSLATE_NOOP("Vocabulary", "An overdue action")),
    (EscalationSource.REFERRAL, QT_TRANSLATE_NOOP("Vocabulary", "A blocked referral")),
    (DocumentKind.CONSENT_FORM, QT_TRANSLATE_NOOP("Vocabulary", "Consent form")),
    (DocumentKind.KEYWORKER_AGREEMENT, QT_TRANSLATE_NOOP("Vocabulary", "Keyworker agreement")),
    (DocumentKind.LETTER, QT_TRANSLATE_NOOP("Vocabulary", "Letter")),
    (DocumentKind.REPORT, QT_TRANSLATE_NOOP("Vocabulary", "Report")),
    (DocumentKind.PLAN, QT_TRANSLATE_NOOP("Vocabulary", "Plan")),
    (DocumentKind.OTHER, QT_TRANSLATE_NOOP("Vocabulary", "Other")),
    (DocumentAttachment.NONE, QT_TRANSLATE_NOOP("Vocabulary", "The young person only")),
    (DocumentAttachment.CONSENT, QT_TRANSLATE_NOOP("Vocabulary", "A consent")),
    (DocumentAttachment.ALLOCATION, QT_TRANSLATE_NOOP("Vocabulary", "An allocation")),
    (Language.ENGLISH, QT_TRANSLATE_NOOP("Vocabulary", "English")),
    (Language.WELSH, QT_TRANSLATE_NOOP("Vocabulary", "Cymraeg")),
]
# Keyed by (enum class, value): see Labelled.label.
_LABELS: dict[tuple[type[Labelled], str], str] = {
    (type(member), member.value): text for member, text in _LABEL_LIST}
