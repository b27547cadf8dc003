"""Language: scripts without spaces by their letters, the rest by their function words."""

from __future__ import annotations

import pytest

from articlekit.stages.language import find_language

SENTENCES = {
    "en": "The council said on Tuesday that the new budget would be voted on before the end of the month.",
    "fr": "Le conseil a déclaré mardi que le nouveau budget serait voté avant la fin du mois, selon les élus.",
    "de": "Der Rat sagte am Dienstag, dass über den neuen Haushalt noch vor dem Ende des Monats abgestimmt wird.",
    "es": "El consejo dijo el martes que el nuevo presupuesto se votará antes del final del mes, según los concejales.",
    "pt": "O conselho disse na terça-feira que o novo orçamento será votado antes do fim do mês, segundo os vereadores.",
    "ru": "Совет заявил во вторник, что новый бюджет будет принят до конца месяца, по словам депутатов.",
    "ar": "قال المجلس يوم الثلاثاء إن الميزانية الجديدة سيتم التصويت عليها قبل نهاية الشهر، وفقا للأعضاء.",
    "fa": "شورا روز سه‌شنبه اعلام کرد که بودجه جدید پیش از پایان ماه به رأی گذاشته می‌شود و این را اعضا گفتند.",
    "ja": "議会は火曜日、新しい予算が月末までに採決されると発表した。",
    "zh": "议会星期二表示，新的预算将在月底之前进行表决。",
    "ko": "의회는 화요일 새 예산이 이달 말 전에 표결될 것이라고 밝혔다.",
}


@pytest.mark.parametrize(("code", "sentence"), sorted(SENTENCES.items()))
def test_languages(code: str, sentence: str) -> None:
    assert find_language([sentence, sentence]) == code


def test_declared_language_decides_short_or_unclear_text() -> None:
    assert find_language(["Home"], "de-DE") == "de"
    assert find_language([], None) is None
    # a table of scores is not prose: the page's declaration is trusted over stray votes
    scores = "Palm Bay 18 22 13 17 — 70 Tolivert 25 points. Davis 17 points. Moore 3 points." * 3
    assert find_language([scores], "en") == "en"


def test_close_languages_follow_the_declaration() -> None:
    text = "Pemerintah akan membangun jalan baru di kota itu pada tahun depan untuk mengurangi kemacetan."
    assert find_language([text] * 3, "id-ID") == "id"
