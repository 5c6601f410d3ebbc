-- The interview list shows the newest first: an index in that order lets a page read only its
-- own rows instead of sorting every interview (measured: 25 rows read instead of 25,015).
CREATE INDEX ix_interview_listing ON interview (interview_date DESC, id DESC);
