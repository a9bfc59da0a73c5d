-- Search keys leave out invisible format characters since this version (Core's VisibleText: a soft hyphen or
-- zero-width space pasted inside a word no longer hides it from search). Pairs whose text holds one were indexed
-- with the old keys: touching such a segment's text makes the search_segment_changed trigger index the link covering
-- it again, with the keys of now (wb_has_format_character is VisibleText.HasFormatCharacter). The fuzzy gram counts
-- are left as they are, an estimate as after any single edit.
UPDATE segments SET text = text WHERE wb_has_format_character(text);
