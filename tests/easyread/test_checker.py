"""Easy-read advice: each rule fires when it should and stays quiet when it should not."""

from __future__ import annotations

from keyworker_desktop.easyread.checker import (
    Advice,
    check_text,
    clauses,
    count_syllables,
    split_sentences,
)
from keyworker_desktop.easyread.sample import sample_plan


def rules(text: str, **kw: object) -> list[str]:
    return [a.rule for a in check_text(text, **kw)]  # type: ignore[arg-type]


def only(text: str, rule: str) -> list[Advice]:
    return [a for a in check_text(text) if a.rule == rule]


# --- long sentences ----------------------------------------------------------


def test_sentence_of_sixteen_words_is_too_long() -> None:
    text = "We will go to the park on Saturday with Mum and Dad to see the ducks."
    advice = only(text, "long-sentence")
    assert len(advice) == 1
    assert advice[0].sentence == text
    assert "16 words" in advice[0].message


def test_sentence_of_fifteen_words_is_fine() -> None:
    text = "We will go to the park on Saturday with Mum to see the big ducks."
    assert len(text.rstrip(".").split()) == 15
    assert only(text, "long-sentence") == []


def test_sentences_are_judged_one_by_one() -> None:
    text = "Sam likes trains. Sam likes drawing. Sam likes his dog. Sam likes the park."
    assert split_sentences(text) == [
        "Sam likes trains.", "Sam likes drawing.", "Sam likes his dog.", "Sam likes the park."
    ]
    assert only(text, "long-sentence") == []


# --- acronyms -----------------------------------------------------------------


def test_acronym_without_full_words_gets_them_suggested() -> None:
    advice = only("Sam has a CTR next week.", "acronym")
    assert len(advice) == 1
    assert "CTR" in advice[0].message
    assert advice[0].suggestion == "Care and Treatment Review"


def test_cetr_with_brackets_and_plural_acronyms_are_recognised() -> None:
    [cetr] = only("The C(E)TR is on Monday.", "acronym")
    assert cetr.suggestion == "Care (Education) and Treatment Review"
    [dsr] = only("Sam is on the DSR.", "acronym")
    assert dsr.suggestion == "Dynamic Support Register"
    [ctrs] = only("There were two CTRs this year.", "acronym")
    assert ctrs.suggestion == "Care and Treatment Review"


def test_acronym_next_to_its_full_words_is_fine() -> None:
    assert only("The Care and Treatment Review (CTR) is on Monday.", "acronym") == []
    assert only("Sam sees Child and Adolescent Mental Health Services. CAMHS are kind.",
                "acronym") == []


def test_full_words_far_away_do_not_count() -> None:
    text = ("The Care and Treatment Review is soon. Mum will come. Dad will come. "
            "The CTR is in the hospital.")
    assert len(only(text, "acronym")) == 1


def test_unknown_acronym_is_still_flagged_and_glossary_can_add_words() -> None:
    [a] = only("Sam goes to the ZYX club.", "acronym")
    assert a.suggestion is None
    [b] = check_text("Sam goes to the ZYX club.", glossary={"ZYX": "Zebra Youth Exchange"})
    assert b.suggestion == "Zebra Youth Exchange"


def test_well_known_short_forms_and_single_capitals_are_not_acronyms() -> None:
    assert only("I watch TV. It is OK. I go to school.", "acronym") == []


# --- hard words -----------------------------------------------------------------


def test_jargon_gets_a_plainer_word() -> None:
    advice = only("We will facilitate the appointment and commence approximately then.",
                  "hard-word")
    found = {a.message.split("'")[1]: a.suggestion for a in advice}
    assert found == {
        "facilitate": "help", "appointment": "meeting", "commence": "start",
        "approximately": "about",
    }


def test_jargon_matches_other_forms_of_the_word() -> None:
    [a] = only("Sam takes his medications.", "hard-word")
    assert a.suggestion == "medicine"
    [b] = only("Priya facilitated it.", "hard-word")
    assert b.suggestion == "help"


def test_words_of_four_syllables_are_flagged_and_short_ones_are_not() -> None:
    [a] = only("Sam likes communication.", "hard-word")
    assert "communication" in a.message
    assert only("Sam likes his family and his dog.", "hard-word") == []
    assert count_syllables("communication") >= 4
    assert count_syllables("hospital") == 3
    assert count_syllables("made") == 1


def test_names_inside_a_sentence_are_left_alone() -> None:
    assert only("Sam sees Doctor Abernathy today.", "hard-word") == []


# --- several ideas in one sentence ----------------------------------------------


def test_two_clauses_joined_by_and_are_two_ideas() -> None:
    [a] = only("I like swimming and I go on Fridays.", "several-ideas")
    assert a.suggestion == "I like swimming. I go on Fridays."


def test_because_and_semicolon_also_join_clauses() -> None:
    assert only("Sam was upset because the bus was late.", "several-ideas")
    assert only("Mum will phone; Priya will write.", "several-ideas")


def test_and_before_a_verb_or_a_name_with_a_verb_starts_a_new_idea() -> None:
    assert only("Mum loves Sam and helps him every day.", "several-ideas")
    assert only("Mum will phone and Priya will write.", "several-ideas")


def test_things_joined_by_and_are_one_idea() -> None:
    assert only("Mum and Dad will come.", "several-ideas") == []
    assert only("Bring the cards and the pens.", "several-ideas") == []
    assert only("Priya helps Sam and his family with his plan.", "several-ideas") == []
    assert only("Jo makes sure Sam and his family get the right help.", "several-ideas") == []
    # "Dad will come" is a clause, but "Mum" on its own has no verb: one idea.
    assert clauses("Mum and Dad will come.") == ["Mum", "Dad will come"]


# --- overall ---------------------------------------------------------------


def test_plain_easy_read_text_gets_no_advice() -> None:
    text = ("Sam will meet Priya on Tuesday. They will talk about school. "
            "Sam can use his picture cards. Mum will come too.")
    assert check_text(text) == []


def test_the_sample_plan_is_written_the_easy_read_way() -> None:
    plan = sample_plan()
    texts = [x.text for x in (*plan.agreed, *plan.goals)]
    texts += [step.text for step, _ in plan.next_steps]
    texts += [h.how_they_help for h in plan.helpers]
    about = plan.about_me
    texts += [*about.what_matters, *about.what_people_like, *about.how_to_support]
    assert len(texts) > 20
    assert [a for t in texts for a in check_text(t)] == []


def test_advice_comes_in_reading_order_and_never_raises_on_odd_input() -> None:
    assert check_text("") == []
    assert check_text("   \n\n ") == []
    order = rules("Sam has a CTR. We will facilitate it.")
    assert order == ["acronym", "hard-word"]
