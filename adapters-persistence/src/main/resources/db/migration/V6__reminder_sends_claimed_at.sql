-- Claims are forgotten once their send can no longer be made (SendDueRemindersService, every round): the index
-- keeps that bounded delete from reading the whole table each minute.
CREATE INDEX reminder_sends_claimed_at ON reminder_sends (claimed_at);
