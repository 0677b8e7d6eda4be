-- Deciding together: staff open a vote of a round (up to `vote_choices` ideas each, until
-- `vote_closes_at`); each idea counts its votes, the round its ballots.
ALTER TABLE idea_rounds ADD COLUMN vote_choices BIGINT;
ALTER TABLE idea_rounds ADD COLUMN vote_closes_at BIGINT;
ALTER TABLE idea_rounds ADD COLUMN ballots BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN votes BIGINT NOT NULL DEFAULT 0;

-- Staff confirm who joined with a group's code: only they vote, so two phones are not two voters.
ALTER TABLE participants ADD COLUMN join_confirmed_at BIGINT;

-- That a person voted in a round: never for what, never when. What each ballot chose lives only
-- in the ideas' counters, so no row ties a choice to a voter.
CREATE TABLE round_voters (
    round_id       BIGINT NOT NULL REFERENCES idea_rounds(id) ON DELETE CASCADE,
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, participant_id)
)
-- Kept in key order, not in the order people voted.
WITHOUT ROWID;
CREATE INDEX round_voters_participant ON round_voters (participant_id);
