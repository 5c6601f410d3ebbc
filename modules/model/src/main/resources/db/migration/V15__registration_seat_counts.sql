-- A registration decides its seat from two counts of the meeting's registrations (seated, waiting;
-- walk-ins take no seat from the list). With every column those counts read in one index, the
-- database counts from the index alone instead of reading each registration row, under the
-- meeting's lock where registrations wait for each other.

CREATE INDEX ix_registration_seats ON registration (meeting_id, walk_in, status);
