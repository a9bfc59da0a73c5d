-- The review UI and `list` count and visit low-confidence, unreviewed links per document.
CREATE INDEX links_review_queue ON links (document_id, status, confidence);
