-- The language a person registered in, so the e-mails about their registration speak it.
-- Null means Swedish (registrations taken before this, and by staff on the phone).
ALTER TABLE registration ADD COLUMN language VARCHAR(8);
