"""Lessons and modules: parsing, checking, rendering and answering interactive blocks.

Import the parts you need from their modules (``loader``, ``render``, ``session``,
``checker``, ``autolink``); this package itself only re-exports the plain data model.
"""

from __future__ import annotations

from .issues import Issue
from .model import Catalog, Lesson, LessonPlan, Module, Section

__all__ = ["Catalog", "Issue", "Lesson", "LessonPlan", "Module", "Section"]
