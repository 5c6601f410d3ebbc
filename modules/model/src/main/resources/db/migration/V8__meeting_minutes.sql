-- After a meeting: how many came and the minutes; what people said in the room becomes quotes
-- (source MEETING) that remember their meeting.
ALTER TABLE meeting ADD COLUMN attendance INTEGER;
ALTER TABLE meeting ADD COLUMN minutes VARCHAR(8000);
ALTER TABLE quote ADD COLUMN meeting_id BIGINT REFERENCES meeting (id);
CREATE INDEX ix_quote_meeting ON quote (meeting_id);
