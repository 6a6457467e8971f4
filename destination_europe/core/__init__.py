"""Pure-Python core: content, glossary, statistics, game rules, progress. Never imports Qt."""
