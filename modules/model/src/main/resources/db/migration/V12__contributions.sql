-- Open participation: what anyone contributes on the public form, waiting for moderation.
-- An approved contribution becomes a quote (source CONTRIBUTION); a rejected one keeps its reason;
-- an edit that takes personal data out keeps the original text as the audit trail.

CREATE TABLE contribution (
    id              BIGINT          NOT NULL PRIMARY KEY,
    version         BIGINT          NOT NULL,
    text            VARCHAR(4000)   NOT NULL,
    original_text   VARCHAR(4000),
    district_id     BIGINT          REFERENCES district (id),
    village_id      BIGINT          REFERENCES village (id),
    star_id         BIGINT          REFERENCES star (id),
    age_band        VARCHAR(20),
    relation        VARCHAR(20),
    email           VARCHAR(254),
    status          VARCHAR(20)     NOT NULL,
    reason          VARCHAR(1000),
    moderated_by    VARCHAR(100),
    moderated_at    TIMESTAMP,
    quote_id        BIGINT          REFERENCES quote (id),
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT ck_contribution_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_contribution_status ON contribution (status, created_at);
