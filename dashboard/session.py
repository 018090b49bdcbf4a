"""The signed-in user of a dashboard session: the sign-in form, the sidebar's "signed in as",
and the user a write is made by (``dashboard.access`` decides; this keeps its token).

The sign-in is a signed, expiring token (``dashboard.access.issue_token``) kept in the
session's state on the server, under :data:`TOKEN_KEY`, a key no widget has: the browser never
holds it and cannot set it.  A reload of the page starts a new session, which asks again."""

from __future__ import annotations

import os

import streamlit as st

from dashboard import access, state
from dashboard.data.served import LAYER_PASS_PARAM
from dashboard.text import markdown_literal
from geo.store.users import User, authenticate, get_user, user_count

#: where the session keeps its sign-in token
TOKEN_KEY = "signin_token"


@st.cache_resource
def _failed_sign_ins() -> access.FailedSignIns:
    """The server's count of failed sign-ins (one for every session)."""
    return access.FailedSignIns()


def required() -> bool:
    """Whether this server asks for sign-in (its listen address, ``CONFLICTMAP_SIGN_IN``)."""
    return access.sign_in_required(st.get_option("server.address") or "localhost", os.environ)


def current_user() -> User | None:
    """Who uses this session, their role read now from the store; None when nobody (or an
    expired sign-in, or a removed user) is signed in where sign-in is asked."""
    if not required():
        return access.local_user()
    name = access.token_name(st.session_state.get(TOKEN_KEY))
    return get_user(state.store(), name) if name else None


def signed_in() -> bool:
    """Whether this session may see the data (someone signed in, or no sign-in asked)."""
    return not required() or current_user() is not None


def can_edit() -> bool:
    """Whether to offer this session the widgets that change the data (the writes check again)."""
    user = current_user()
    return user is not None and user.can_edit


def write_user() -> User:
    """The user this session's write is made by; :class:`~geo.errors.PermissionDeniedError`
    unless they may write (``dashboard.access.write_user``)."""
    return access.write_user(state.store(), st.session_state.get(TOKEN_KEY), required=required())


def layer_url(url: str) -> str:
    """``url`` of a map layer's file (``dashboard.event_layer.published``) as this session
    fetches it: where sign-in is asked, with the session's pass (``dashboard.access.layer_pass``),
    which the server's route asks for."""
    if not url or not required():
        return url
    layer_pass = access.layer_pass(st.session_state.get(TOKEN_KEY))
    return f"{url}?{LAYER_PASS_PARAM}={layer_pass}" if layer_pass else url


def gate() -> None:
    """Where sign-in is asked: the sign-in form and nothing else until someone signs in
    (``st.stop``); then who is signed in, and a sign-out button, in the sidebar."""
    if not required():
        return
    user = current_user()
    if user is None:
        _sign_in_form(expired=TOKEN_KEY in st.session_state)
        st.stop()
    with st.sidebar:
        st.caption(f"Signed in as {markdown_literal(user.name)} ({user.role})")
        if st.button("Sign out", key="sign_out"):
            del st.session_state[TOKEN_KEY]
            st.rerun()


def _sign_in_form(expired: bool) -> None:
    st.title("conflictmap")
    if expired:
        st.info("Your sign-in has expired or is no longer valid: sign in again.")
    with st.form("sign_in", clear_on_submit=True):  # the password is not kept in the session
        name = st.text_input("User name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        submitted = st.form_submit_button("Sign in")
    if submitted:
        wait = _failed_sign_ins().wait(name)
        if wait is not None:
            st.error(f"too many failed sign-ins for this name: try again in {wait.seconds // 60 + 1} minutes")
            return
        user = authenticate(state.store(), name, password)
        if user is None:
            _failed_sign_ins().failed(name)
            st.error("wrong user name or password")
            return
        _failed_sign_ins().succeeded(name)
        st.session_state[TOKEN_KEY] = access.issue_token(user)
        st.rerun()
    if user_count(state.store()) == 0:
        st.caption("No users yet: add one with `conflictmap user add NAME --role editor`.")
