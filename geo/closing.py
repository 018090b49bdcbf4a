"""What a resource that holds files or connections open is: closed by ``close()``, or at the
end of a ``with`` block (the store, the gazetteer)."""

from __future__ import annotations

from typing import Self


class Closing:
    """``with Resource(...) as r:`` gives the resource itself and closes it at the end of the
    block, also when the block raised; a subclass says how it closes (``close``)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
