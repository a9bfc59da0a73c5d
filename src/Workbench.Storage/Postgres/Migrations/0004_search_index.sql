-- Concordance and fuzzy index (issue 11) on PostgreSQL: n-gram postings like SQLite's (migration 0003 there), not
-- pg_trgm, whose trigrams depend on the database's LC_CTYPE (a C locale gives Japanese none). The keys and grams come
-- from Workbench.Core.Search (SearchKeys, FuzzyKeys) in the application, which writes them in the same transaction as
-- the links they describe (PostgresSearchPostings); a deferred check below refuses a commit that adds an indexable link
-- without them, so no write path can leave the index behind. Every pair with both sides that is not rejected is
-- indexed. Existing links are indexed by the migrator right after this script (keys need the application).
CREATE TABLE search_pairs (
    link_id bigint PRIMARY KEY REFERENCES links (id) ON DELETE CASCADE,
    -- Concordance order: link id + 2^40 for confirmed links, so descending puts confirmed pairs first, newest first.
    rank    bigint NOT NULL,
    en_key  text   NOT NULL,
    ja_key  text   NOT NULL
);

-- One row per distinct gram of a pair, the gram prefixed by its kind:
--   e  a word of the English concordance key      j  a character or character bigram of the Japanese concordance key
--   E  an English fuzzy gram (word)                J  a Japanese fuzzy gram (bigram)
-- position: the pair's rank for e/j; for E/J the side's length in units * 2^40 + link id, so a length window is a
-- position range. (gram, position) walks one gram's postings in order, newest first or inside a window.
-- link_id has no foreign key: a per-row check on millions of postings would dominate import time. The trigger
-- below removes a pair's postings with the pair, once per statement.
CREATE TABLE search_postings (
    gram     text COLLATE "C" NOT NULL,
    position bigint NOT NULL,
    link_id  bigint NOT NULL,
    PRIMARY KEY (gram, position)
);

CREATE INDEX search_postings_by_link ON search_postings (link_id);

CREATE FUNCTION search_pairs_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_postings WHERE link_id IN (SELECT link_id FROM removed_pairs);
    RETURN NULL;
END;
$$;

CREATE TRIGGER search_pairs_removed AFTER DELETE ON search_pairs
REFERENCING OLD TABLE AS removed_pairs FOR EACH STATEMENT
EXECUTE FUNCTION search_pairs_removed();

CREATE FUNCTION search_pair_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM links WHERE id = NEW.id)
       AND NOT EXISTS (SELECT 1 FROM search_pairs WHERE link_id = NEW.id) THEN
        RAISE EXCEPTION 'link % was written without its search index entry', NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER search_pair_written AFTER INSERT ON links
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (NEW.status <> 'rejected' AND NEW.en_count > 0 AND NEW.ja_count > 0)
EXECUTE FUNCTION search_pair_required();

-- A segment's text changed: the entries of the links covering it are stale. They are removed at once, and the
-- writer must index those links again before commit (checked below).
CREATE FUNCTION search_segment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_pairs p USING links l
    WHERE p.link_id = l.id AND l.document_id = OLD.document_id
      AND CASE OLD.lang WHEN 'en' THEN OLD.idx >= l.en_start AND OLD.idx < l.en_start + l.en_count
                        ELSE OLD.idx >= l.ja_start AND OLD.idx < l.ja_start + l.ja_count END;
    RETURN NULL;
END;
$$;

CREATE TRIGGER search_segment_changed AFTER UPDATE OF text ON segments
FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text)
EXECUTE FUNCTION search_segment_changed();

CREATE FUNCTION search_segment_reindexed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM links l
        WHERE l.document_id = NEW.document_id AND l.status <> 'rejected' AND l.en_count > 0 AND l.ja_count > 0
          AND CASE NEW.lang WHEN 'en' THEN NEW.idx >= l.en_start AND NEW.idx < l.en_start + l.en_count
                            ELSE NEW.idx >= l.ja_start AND NEW.idx < l.ja_start + l.ja_count END
          AND NOT EXISTS (SELECT 1 FROM search_pairs p WHERE p.link_id = l.id)) THEN
        RAISE EXCEPTION 'segment % % of document % changed without its links being indexed again', NEW.lang, NEW.idx, NEW.document_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER search_segment_reindexed AFTER UPDATE OF text ON segments
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text)
EXECUTE FUNCTION search_segment_reindexed();
