-- Finding a date for a reference group's session: candidate times, each member's answer
-- (yes / if need be / no) from a personal link, and the meeting the chosen time became.

CREATE TABLE date_poll (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    group_id    BIGINT         NOT NULL REFERENCES reference_group (id),
    created_by  VARCHAR(100)   NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    meeting_id  BIGINT         REFERENCES meeting (id),
    decided_at  TIMESTAMP
);

CREATE TABLE date_poll_slot (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    poll_id    BIGINT      NOT NULL REFERENCES date_poll (id),
    starts_at  TIMESTAMP   NOT NULL,
    ends_at    TIMESTAMP   NOT NULL,
    CONSTRAINT ck_date_poll_slot_order CHECK (ends_at > starts_at)
);
CREATE INDEX ix_date_poll_slot_poll ON date_poll_slot (poll_id);

CREATE TABLE date_poll_invitation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    poll_id      BIGINT        NOT NULL REFERENCES date_poll (id),
    member_id    BIGINT        NOT NULL REFERENCES group_member (id),
    token        VARCHAR(64)   NOT NULL,
    answered_at  TIMESTAMP,
    CONSTRAINT uq_date_poll_invitation_token UNIQUE (token),
    CONSTRAINT uq_date_poll_invitation_member UNIQUE (poll_id, member_id)
);

CREATE TABLE date_poll_answer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    invitation_id  BIGINT        NOT NULL REFERENCES date_poll_invitation (id),
    slot_id        BIGINT        NOT NULL REFERENCES date_poll_slot (id),
    availability   VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_date_poll_answer UNIQUE (invitation_id, slot_id),
    CONSTRAINT ck_date_poll_availability CHECK (availability IN ('YES', 'IF_NEED_BE', 'NO'))
);
