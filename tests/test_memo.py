"""kronist.memo: remembered answers stay bounded and can all be forgotten at once."""

from __future__ import annotations

from kronist.memo import Memo, forget_all


def test_a_memo_keeps_at_most_its_limit_of_answers():
    memo: Memo[str, int] = Memo(limit=3)
    for number, word in enumerate(["angreb", "protest", "drab", "anholdelse", "demonstration"]):
        assert memo.keep(word, number) == number
        assert len(memo) <= 3
    assert memo["demonstration"] == 4  # the newest answer is always kept


def test_forget_all_empties_every_live_memo():
    first: Memo[str, bool] = Memo()
    second: Memo[tuple[str, str], bool] = Memo()
    first.keep("soldaterne", True)
    second.keep(("angreb", "angribe"), False)
    forget_all()
    assert not first and not second
    first.keep("soldaterne", True)  # still usable afterwards
    assert first["soldaterne"] is True
