-- The language a reference-group member reads, so invitations and reminders speak it.
-- Null means Swedish (members added before this).
ALTER TABLE group_member ADD COLUMN language VARCHAR(8);
