-- When a registration's personal data was removed (the retention period after its meeting ended).
ALTER TABLE registration ADD COLUMN personal_data_removed_at TIMESTAMP;
CREATE INDEX ix_meeting_ends ON meeting (ends_at);
