-- The setup pages count what refers to a village before it may be deleted. H2 indexes foreign
-- keys by itself; PostgreSQL does not, and these counts would scan whole tables of quotes.
CREATE INDEX IF NOT EXISTS ix_interview_village ON interview (village_id);
CREATE INDEX IF NOT EXISTS ix_quote_village ON quote (village_id);
CREATE INDEX IF NOT EXISTS ix_place_village ON place (village_id);
CREATE INDEX IF NOT EXISTS ix_contribution_village ON contribution (village_id);
CREATE INDEX IF NOT EXISTS ix_contribution_district ON contribution (district_id);
CREATE INDEX IF NOT EXISTS ix_registration_district ON registration (district_id);
CREATE INDEX IF NOT EXISTS ix_group_member_residence ON group_member (residence_district_id);
CREATE INDEX IF NOT EXISTS ix_venue_district ON venue (district_id);
