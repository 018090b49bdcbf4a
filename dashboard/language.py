"""The interface's language as the analyst chose it: the map's place names (and the exports')
are drawn in it.  The default comes from the settings (``CONFLICTMAP_LANGUAGE`` or
``[interface] language``, :mod:`geo.config`); the sidebar's choice holds for the session."""

from __future__ import annotations

import streamlit as st

from dashboard import state
from geo.config import LANGUAGES

#: the session-state key of the choice
LANGUAGE_KEY = "interface_language"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def current_language() -> str:
    """The session's language (the settings' until the analyst picks another)."""
    if LANGUAGE_KEY not in st.session_state:
        st.session_state[LANGUAGE_KEY] = state.settings().language
    return st.session_state[LANGUAGE_KEY]


def language_choice() -> None:
    """The selector of the session's language (a sidebar widget)."""
    current_language()
    st.selectbox("Place names", LANGUAGES, key=LANGUAGE_KEY, format_func=lambda code: LANGUAGE_NAMES.get(code, code),
                 help="The language of the towns' and areas' names on the map and in its exports.")
