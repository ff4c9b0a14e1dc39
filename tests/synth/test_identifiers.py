from cschub.synth.identifiers import make_upn, old_la_code, upn_check_letter


def test_upn_check_letter_matches_a_known_valid_upn():
    assert upn_check_letter("801200005001") == "B"


def test_made_upns_carry_the_la_number_and_a_valid_check_letter():
    import random

    rng = random.Random(1)
    for _ in range(100):
        upn = make_upn(rng, "318", 2015)
        assert len(upn) == 13 and upn[1:4] == "318" and upn[1:].isdigit()
        assert upn[0] == upn_check_letter(upn[1:])


def test_old_la_code_lookup():
    assert old_la_code("E09000027") == "318"
    assert old_la_code("318") == "318"
