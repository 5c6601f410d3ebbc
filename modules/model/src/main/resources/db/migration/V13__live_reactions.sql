-- The open meetings' presentation with live reactions. A live session belongs to one meeting and
-- shows one candidate star at a time; phones in the room join by a short code and answer
-- "Stämmer det?" once per star and device (a signed device token, no identity). A sentence sent
-- with a reaction waits for moderation as a contribution tied to the meeting.

CREATE TABLE live_session (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    meeting_id       BIGINT         NOT NULL REFERENCES meeting (id),
    code             VARCHAR(12)    NOT NULL,
    secret           VARCHAR(64)    NOT NULL,
    current_star_id  BIGINT         REFERENCES star (id),
    opened_at        TIMESTAMP      NOT NULL,
    closed_at        TIMESTAMP,
    CONSTRAINT uq_live_session_meeting UNIQUE (meeting_id),
    CONSTRAINT uq_live_session_code UNIQUE (code)
);

CREATE TABLE live_reaction (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    session_id  BIGINT        NOT NULL REFERENCES live_session (id),
    star_id     BIGINT        NOT NULL REFERENCES star (id),
    device      VARCHAR(32)   NOT NULL,
    score       INTEGER       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT ck_live_reaction_score CHECK (score BETWEEN 1 AND 4),
    CONSTRAINT uq_live_reaction_once UNIQUE (session_id, star_id, device)
);

ALTER TABLE contribution ADD COLUMN meeting_id BIGINT REFERENCES meeting (id);
CREATE INDEX ix_contribution_meeting ON contribution (meeting_id);
