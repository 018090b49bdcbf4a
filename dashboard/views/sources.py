"""Sources page: the articles, their dates, languages and events; add articles; date the
undated ones."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import session, state, writes
from dashboard.article_counts import event_counts
from dashboard.text import error_line, http_url, markdown_literal, plain
from geo.errors import ConflictmapError

st.title("Sources")
try:
    store = state.store()
    articles = pd.DataFrame(store.articles())
    events, sources = state.frames()
except ConflictmapError as exc:
    st.error(error_line(exc))
    st.stop()


def add_articles() -> None:
    """Upload or paste articles (an editor's; ``dashboard.writes`` refuses anyone else).

    Each is a form: what the editor typed or chose reaches the server with the click, in one
    message and one script run.  Loose widgets sent each value as it was left (a blur) and the
    click in a message of its own: under load the run the value started, superseded by the
    click's, could apply its own widget state after the click's run had applied the click, and
    the click was lost (nothing stored, no message: Streamlit's ``runner.fastReruns`` runs them
    side by side on one session state)."""
    with st.expander("Add articles", expanded=articles.empty):
        with st.form("upload_form", border=False):
            uploads = st.file_uploader("Upload articles (.txt, .html, .json, .jsonl)",
                                       type=["txt", "html", "htm", "json", "jsonl"], accept_multiple_files=True,
                                       key="upload")
            published = st.date_input("Publication date for these articles (optional)", value=None,
                                      key="upload_date")
            uploaded = st.form_submit_button("Ingest uploaded files", key="ingest_uploads")
        if uploaded and not uploads:
            st.error("choose files to upload first")
        elif uploaded:
            bar = st.progress(0.0, text="reading…")
            report = writes.ingest_uploads(
                uploads, published,
                progress=lambda i, n, name: bar.progress(i / n, text=f"{i}/{n} {markdown_literal(name)}"))
            bar.progress(1.0, text="done")
            for line in report:  # file names and messages are shown as written, never as Markdown
                (st.error if line.startswith("failed") else st.success)(markdown_literal(line))
        st.divider()
        with st.form("paste_form", border=False):
            title = st.text_input("Title", key="paste_title")
            url = st.text_input("URL (optional)", key="paste_url")
            pasted_date = st.date_input("Publication date (optional)", value=None, key="paste_date")
            text = st.text_area("Article text", height=180, key="paste_text")
            pasted = st.form_submit_button("Ingest pasted text", key="ingest_paste")
        if pasted:
            if not text.strip():
                st.error("failed: empty text")
                st.stop()
            with st.spinner("analysing…"):
                line = writes.ingest_pasted(title, url, pasted_date, text)
            (st.error if line.startswith("failed") else st.success)(markdown_literal(line))

editor = session.can_edit()  # a viewer is offered no upload, paste or dating: the writes refuse them anyway
if editor:
    try:
        add_articles()
    except ConflictmapError as exc:  # a sign-in that expired, a role taken away meanwhile
        st.error(error_line(exc))

st.subheader(f"Articles ({len(articles)})")
if articles.empty:
    st.info("No articles yet. Upload or paste one above, or run `conflictmap ingest FOLDER`.")
else:
    # reported events, and those it only recalls (history, running tolls) beside them
    counts = event_counts(articles["id"], events, sources)
    articles["events"], articles["background"] = counts["reported"], counts["background"]
    articles["published"] = articles["published"].fillna("undated")
    # a link only for an http(s) URL: a javascript: or data: one is no link (and not shown)
    articles["url"] = articles["url"].map(http_url)
    st.dataframe(articles[["id", "published", "lang", "title", "url", "events", "background"]], hide_index=True,
                 width="stretch", column_config={
                     "url": st.column_config.LinkColumn("url"),
                     "events": st.column_config.NumberColumn("events", help="reported events (on the map)"),
                     "background": st.column_config.NumberColumn(
                         "background", help="older acts and running tolls it recalls (hidden by default)")})

undated = [a for a in store.undated_articles()]
if undated and editor:
    st.subheader(f"Undated articles ({len(undated)})")
    st.caption("Their events have no dates until you give the article its publication date.")
    for a in undated:
        cols = st.columns([6, 2, 1])
        cols[0].text(f"{a['id']}: {plain(a['title'], 'untitled')[:120]}")
        when = cols[1].date_input("published", value=None, key=f"date_{a['id']}", label_visibility="collapsed",
                                  max_value=date.today())
        if cols[2].button("Set date", key=f"set_{a['id']}", disabled=when is None):
            try:
                new, merged = writes.set_article_date(a["id"], when)
                st.success(f"article {a['id']} dated {when}: {new} new events, {merged} merged")
                st.rerun()
            except ConflictmapError as exc:
                st.error(error_line(exc))
