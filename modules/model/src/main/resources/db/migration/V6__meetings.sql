-- Meetings: venues, meetings with their organisers, reference groups and agenda, registrations
-- with a waitlist, and the outbox of e-mail the meetings send.

CREATE TABLE venue (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    name                 VARCHAR(200)   NOT NULL,
    address              VARCHAR(400)   NOT NULL,
    district_id          BIGINT         REFERENCES district (id),
    capacity             INTEGER        NOT NULL,
    step_free            BOOLEAN        NOT NULL,
    hearing_loop         BOOLEAN        NOT NULL,
    accessibility_notes  VARCHAR(2000),
    facilities           VARCHAR(2000),
    CONSTRAINT uq_venue_name UNIQUE (name),
    CONSTRAINT ck_venue_capacity CHECK (capacity > 0)
);

CREATE TABLE meeting (
    id                BIGINT          NOT NULL PRIMARY KEY,
    version           BIGINT          NOT NULL,
    kind              VARCHAR(40)     NOT NULL,
    title             VARCHAR(200)    NOT NULL,
    description       VARCHAR(4000),
    starts_at         TIMESTAMP       NOT NULL,
    ends_at           TIMESTAMP       NOT NULL,
    venue_id          BIGINT          REFERENCES venue (id),
    online_link       VARCHAR(500),
    capacity          INTEGER,
    service_notes     VARCHAR(2000),
    status            VARCHAR(40)     NOT NULL,
    override_reason   VARCHAR(1000),
    reminder_hours    INTEGER         NOT NULL,
    reminder_sent_at  TIMESTAMP,
    sequence_number   INTEGER         NOT NULL,
    created_at        TIMESTAMP       NOT NULL,
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('OPEN_MEETING', 'GROUP_SESSION', 'BOARD_MEETING')),
    CONSTRAINT ck_meeting_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_meeting_capacity CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX ix_meeting_starts ON meeting (starts_at);
CREATE INDEX ix_meeting_venue ON meeting (venue_id);

CREATE TABLE meeting_organiser (
    meeting_id  BIGINT NOT NULL REFERENCES meeting (id),
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (meeting_id, user_id)
);

CREATE TABLE meeting_reference_group (
    meeting_id          BIGINT NOT NULL REFERENCES meeting (id),
    reference_group_id  BIGINT NOT NULL REFERENCES reference_group (id),
    PRIMARY KEY (meeting_id, reference_group_id)
);

CREATE TABLE meeting_agenda_item (
    meeting_id  BIGINT         NOT NULL REFERENCES meeting (id),
    position    INTEGER        NOT NULL,
    item        VARCHAR(500)   NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- A person's registration to an open meeting. The token is their only key to it (cancel link);
-- the code is what they say at the door.
CREATE TABLE registration (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    meeting_id    BIGINT         NOT NULL REFERENCES meeting (id),
    name          VARCHAR(200)   NOT NULL,
    email         VARCHAR(254),
    phone         VARCHAR(40),
    district_id   BIGINT         REFERENCES district (id),
    needs         VARCHAR(1000),
    consent_given BOOLEAN        NOT NULL,
    status        VARCHAR(40)    NOT NULL,
    token         VARCHAR(64)    NOT NULL,
    code          VARCHAR(12)    NOT NULL,
    arrived       BOOLEAN        NOT NULL,
    walk_in       BOOLEAN        NOT NULL,
    by_staff      BOOLEAN        NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    cancelled_at  TIMESTAMP,
    CONSTRAINT uq_registration_token UNIQUE (token),
    CONSTRAINT uq_registration_code UNIQUE (meeting_id, code),
    CONSTRAINT ck_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED'))
);
CREATE INDEX ix_registration_meeting ON registration (meeting_id, status, created_at);
CREATE INDEX ix_registration_email ON registration (meeting_id, email);

-- Every e-mail the meetings send, written in the same transaction as what caused it, sent after
-- the commit. Without SMTP settings it stays here, for staff to see what would have been sent.
CREATE TABLE mail_message (
    id            BIGINT          NOT NULL PRIMARY KEY,
    version       BIGINT          NOT NULL,
    recipient     VARCHAR(254)    NOT NULL,
    subject       VARCHAR(300)    NOT NULL,
    body          VARCHAR(8000)   NOT NULL,
    calendar      VARCHAR(16000),
    meeting_id    BIGINT          REFERENCES meeting (id),
    created_at    TIMESTAMP       NOT NULL,
    sent_at       TIMESTAMP,
    failure       VARCHAR(1000)
);
CREATE INDEX ix_mail_message_created ON mail_message (created_at);
