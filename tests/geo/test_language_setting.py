"""The interface's language (geo.config): the environment, then ``[interface] language``, then
English; anything else is one line naming the choices."""

from __future__ import annotations

import pytest

from geo.config import load_settings
from geo.errors import ConfigurationError


def test_english_unless_told(isolated_home):
    assert load_settings().language == "en"


def test_the_config_file_then_the_environment(isolated_home, monkeypatch):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text('[interface]\nlanguage = "fr"\n', encoding="utf-8")
    assert load_settings().language == "fr"
    monkeypatch.setenv("CONFLICTMAP_LANGUAGE", "EN")
    assert load_settings().language == "en"


@pytest.mark.parametrize("value", ["de", "français"])
def test_another_language_is_one_line(isolated_home, monkeypatch, value):
    monkeypatch.setenv("CONFLICTMAP_LANGUAGE", value)
    with pytest.raises(ConfigurationError, match=r"must be one of en, fr, got") as raised:
        load_settings()
    assert "\n" not in str(raised.value)
