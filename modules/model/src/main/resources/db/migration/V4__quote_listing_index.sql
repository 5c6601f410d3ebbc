-- The quote list shows the newest first: the page reads only its own rows along this index.
CREATE INDEX ix_quote_listing ON quote (created_at DESC, id DESC);
