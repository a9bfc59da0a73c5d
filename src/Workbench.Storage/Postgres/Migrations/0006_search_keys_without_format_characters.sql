-- Search keys leave out invisible format characters since this version (Core's VisibleText: a soft hyphen or
-- zero-width space pasted inside a word no longer hides it from search). The pairs whose text holds one were indexed
-- with the old keys; the migrator indexes them again right after this script (keys need the application), as it
-- indexed existing links after 0004. The structure is unchanged.
SELECT 1;
