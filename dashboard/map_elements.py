"""Map elements whose output goes into the page as it is, never read again as a Jinja template.

branca's ``MacroElement.render`` renders an element's ``header``/``html``/``script`` macros and
wraps each output in ``Element(output)``, whose argument is Jinja *source*: the output is
compiled as a template, and rendered once more when the page is.  For the dashboard's own
elements that output holds data (the event layer embeds every event in view, with its
sentences: some 600 kB at 1,500 events; an export embeds its tiles), so

* each render compiled megabytes of Jinja source: about 0.1 s of CPU on every slider move at
  100,000 events, when the server sends a new layer (the release before issue 20 hid it behind a
  process-wide cache of compiled templates, which hit when the window went back and forth);
* text from the articles or a dataset was read as Jinja: a place name or sentence holding
  ``{%`` stopped the map with a template error, and ``{{ … }}`` in one was evaluated in an
  exported page.

:class:`LiteralMacroElement` renders its macros as branca does and puts their output in the page
as :class:`Raw` text: the same page, with no compilation and nothing evaluated."""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement

#: the parts of a page a macro element may write to, as branca renders them (macro = Figure part)
PAGE_PARTS = ("header", "html", "script")


class Raw(Element):
    """Text put in the page as it is (branca's ``Element(text)`` would compile it as Jinja
    source): the caller escapes every piece of untrusted text in it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.text = str(text)

    def render(self, **kwargs) -> str:
        return self.text


class LiteralMacroElement(MacroElement):
    """A ``MacroElement`` (its ``_template`` defines ``header``, ``html`` and/or ``script``
    macros) whose macros' output goes into the page as :class:`Raw` text."""

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} is rendered inside a Figure (add it to a map first)")
        for part in PAGE_PARTS:
            macro = getattr(self._template.module, part, None)
            if macro is not None:
                # as branca's compiled Element rendered it: Jinja drops a template's last newline
                getattr(figure, part).add_child(Raw(_without_last_newline(str(macro(self, kwargs)))),
                                                name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


def _without_last_newline(text: str) -> str:
    return text[:-1] if text.endswith("\n") else text
