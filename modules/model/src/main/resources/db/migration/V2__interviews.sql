-- Interviews (July visitor interviews and later ones) and the quotes taken from them.

CREATE TABLE interview (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    interview_date       DATE           NOT NULL,
    district_id          BIGINT         NOT NULL REFERENCES district (id),
    village_id           BIGINT         REFERENCES village (id),
    place_id             BIGINT         REFERENCES place (id),
    interviewer          VARCHAR(200)   NOT NULL,
    respondent_category  VARCHAR(40)    NOT NULL,
    home_region          VARCHAR(200),
    consent_given        BOOLEAN        NOT NULL,
    consent_date         DATE,
    notes                VARCHAR(4000),
    created_at           TIMESTAMP      NOT NULL,
    CONSTRAINT ck_interview_category CHECK (respondent_category IN
        ('VISITOR', 'RESIDENT', 'BUSINESS_OWNER', 'SUMMER_RESIDENT', 'OTHER')),
    CONSTRAINT ck_interview_consent CHECK (consent_given = FALSE OR consent_date IS NOT NULL)
);
CREATE INDEX ix_interview_date ON interview (interview_date);
CREATE INDEX ix_interview_district ON interview (district_id);

ALTER TABLE quote ADD COLUMN interview_id BIGINT REFERENCES interview (id);
CREATE INDEX ix_quote_interview ON quote (interview_id);
