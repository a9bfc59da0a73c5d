-- import --batch --queue and `workbench worker`: documents waiting to be aligned, with their files' contents so a
-- worker on any machine can take them. A worker holds a job's row lock (FOR UPDATE SKIP LOCKED) in the transaction that
-- stores the document, so no document is done twice and a killed worker's job returns to the queue by itself.
CREATE TABLE import_queue (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL,
    en_source    text,
    ja_source    text        NOT NULL,
    en_content   bytea,
    -- The files' bytes, dropped once the job is done.
    ja_content   bytea,
    content_hash text        NOT NULL,
    replace      boolean     NOT NULL,
    state        text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    error        text,
    worker       text,
    enqueued_at  timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    CHECK (state <> 'pending' OR ja_content IS NOT NULL)
);

CREATE INDEX import_queue_pending ON import_queue (id) WHERE state = 'pending';
