-- The people a participant's session may act for, and how that was proven: 'address' (a magic
-- link to their own address) or 'parent' (to the address a parent gave for a child under 16).
-- Siblings who share an address are separate people here, so every page can keep them apart.
CREATE TABLE session_people (
    token_hash     TEXT NOT NULL REFERENCES auth_sessions(token_hash) ON DELETE CASCADE,
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    proof          TEXT NOT NULL CHECK (proof IN ('address', 'parent')),
    PRIMARY KEY (token_hash, participant_id)
);
CREATE INDEX session_people_participant ON session_people (participant_id);

-- The registration a message is about (from its links), so that a person's data holds their
-- messages and not a sibling's sent to the same address. Older messages name none and age out.
ALTER TABLE outbox ADD COLUMN registration_id BIGINT;
CREATE INDEX outbox_registration ON outbox (registration_id);
