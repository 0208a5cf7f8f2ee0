ALTER TABLE "rounds" ADD COLUMN "shown_question" text;--> statement-breakpoint
ALTER TABLE "scorecards" ADD COLUMN "asked_question_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;