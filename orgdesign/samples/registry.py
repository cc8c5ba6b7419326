"""The sample organisations shipped with OrgDesign, by name, in English and Chinese."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from orgdesign.model import OrgDesignError, Project

from . import bakery, callcenter, crm
from .builder import LANGUAGES, check_language


class UnknownSampleError(OrgDesignError, KeyError):
    """No sample has this name (a KeyError, and one of the OrgDesign errors)."""

    def __str__(self) -> str:
        # KeyError would print the message in quotes; the CLI prints one clean line.
        return str(self.args[0]) if self.args else ""


class UnknownLanguageError(OrgDesignError, ValueError):
    """Samples are not built in this language (a ValueError, and an OrgDesign error)."""


@dataclass(frozen=True)
class SampleInfo:
    """One sample: its name and what it shows, in English and Simplified Chinese."""

    name: str
    title_en: str
    title_zh: str
    description_en: str
    description_zh: str

    def title(self, lang: str = "en") -> str:
        """Return the title in ``lang``; raises UnknownLanguageError for another language."""
        return self.title_zh if _language(lang) == "zh" else self.title_en

    def description(self, lang: str = "en") -> str:
        """Return the description in ``lang``; raises UnknownLanguageError for another language."""
        return self.description_zh if _language(lang) == "zh" else self.description_en


def _language(lang: str) -> str:
    try:
        check_language(lang)
    except ValueError as exc:
        raise UnknownLanguageError(str(exc)) from None
    return lang


_MODULES: tuple[ModuleType, ...] = (bakery, crm, callcenter)
_BUILDERS: dict[str, Callable[[str], Project]] = {m.NAME: m.build for m in _MODULES}

#: Every sample by name, in the order they are offered to the user.
SAMPLES: dict[str, SampleInfo] = {
    m.NAME: SampleInfo(
        name=m.NAME, title_en=m.TITLE[0], title_zh=m.TITLE[1],
        description_en=m.DESCRIPTION[0], description_zh=m.DESCRIPTION[1],
    )
    for m in _MODULES
}

#: Languages every sample is built in.
SAMPLE_LANGUAGES: tuple[str, ...] = LANGUAGES


def sample_names() -> list[str]:
    """Return the names of all samples, in the order they are offered."""
    return list(SAMPLES)


def build_sample(name: str, lang: str = "en") -> Project:
    """Return a fresh project of sample ``name`` in ``lang`` ("en" or "zh").

    Raises UnknownSampleError (a KeyError) for an unknown name and
    UnknownLanguageError (a ValueError) for an unknown language.
    """
    if name not in _BUILDERS:
        raise UnknownSampleError(
            f"unknown sample {name!r}; available samples: {', '.join(SAMPLES)}"
        )
    return _BUILDERS[name](_language(lang))
