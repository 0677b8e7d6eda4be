-- A message may carry a calendar invite (an .ics with METHOD:REQUEST or CANCEL), sent as a
-- text/calendar part that mail apps show as an invitation, and as an attachment.
ALTER TABLE outbox ADD COLUMN calendar TEXT;
