"""Short news articles in English and French, written for the cluster tests (each names its
date, places, acts and tolls), and the sample articles of data/articles."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "data" / "articles").glob("*.txt"))

TEXTS = {
    "en_aleppo.txt": "date 2022-03-04\n\nShelling hits Aleppo\n\nShelling hit the eastern districts of Aleppo "
                     "on Thursday, killing four civilians, a monitoring group said.",
    "en_homs.txt": "date 2022-03-06\n\nAir strike on Homs market\n\nAn air strike hit a crowded market in Homs on "
                   "Saturday, killing seven people and wounding twenty, local medics said.",
    "en_idlib.txt": "date 2022-04-11\n\nClashes near Idlib\n\nGovernment forces and rebels clashed near Saraqib "
                    "in Idlib province on Monday; three fighters were killed.",
    "en_gao.txt": "date 2021-09-02\n\nAttack in Mali\n\nGunmen attacked an army post near Gao in northern Mali on "
                  "Wednesday, killing five soldiers, the army said.",
    "fr_mopti.txt": "date 2021-10-15\n\nAttaque au Mali\n\nDes hommes armés ont attaqué un village près de Mopti "
                    "jeudi, tuant six civils, selon des sources locales.",
    "fr_kharkiv.txt": "date 2022-05-20\n\nBombardements à Kharkiv\n\nDes bombardements ont frappé Kharkiv vendredi, "
                      "faisant trois morts et dix blessés, selon le gouverneur régional.",
    "fr_deraa.txt": "date 2022-02-08\n\nExplosion à Deraa\n\nUne explosion a tué deux soldats mardi à Deraa, "
                    "dans le sud de la Syrie, a rapporté l'agence officielle.",
    "fr_tombouctou.txt": "date 2021-11-23\n\nEmbuscade près de Tombouctou\n\nUne embuscade contre un convoi près de "
                         "Tombouctou a fait quatre morts parmi les soldats maliens mardi.",
}


def write_articles(folder: Path) -> list[Path]:
    """The articles of :data:`TEXTS` as files in ``folder``, and the samples: their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return [*SAMPLES, *sorted(folder.glob("*.txt"))]
