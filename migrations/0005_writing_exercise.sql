CREATE TABLE "writing_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loop_id" uuid NOT NULL,
	"prompts" jsonb NOT NULL,
	"chosen_prompt_id" text,
	"mode" text NOT NULL,
	"due_at" timestamp (3) with time zone,
	"duration_minutes" integer,
	"length_unit" text NOT NULL,
	"length_value" integer NOT NULL,
	"status" text NOT NULL,
	"deadline" timestamp (3) with time zone,
	"clock" jsonb,
	"text" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"locked_at" timestamp (3) with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "writing_exercises_mode" CHECK ("writing_exercises"."mode" in ('take-home','timed')),
	CONSTRAINT "writing_exercises_status" CHECK ("writing_exercises"."status" in ('not-started','writing','submitted','locked')),
	CONSTRAINT "writing_exercises_length_unit" CHECK ("writing_exercises"."length_unit" in ('words','pages')),
	CONSTRAINT "writing_exercises_text_size" CHECK (octet_length("writing_exercises"."text") <= 36864)
);
--> statement-breakpoint
CREATE TABLE "writing_patches" (
	"exercise_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"seq" integer NOT NULL,
	"resulting_version" integer NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "writing_patches_exercise_id_client_id_seq_pk" PRIMARY KEY("exercise_id","client_id","seq")
);
--> statement-breakpoint
CREATE TABLE "writing_reviewers" (
	"exercise_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	CONSTRAINT "writing_reviewers_exercise_id_participant_id_pk" PRIMARY KEY("exercise_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "writing_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "writing_reviews_status" CHECK ("writing_reviews"."status" in ('draft','submitted'))
);
--> statement-breakpoint
ALTER TABLE "writing_exercises" ADD CONSTRAINT "writing_exercises_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writing_patches" ADD CONSTRAINT "writing_patches_exercise_id_writing_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."writing_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writing_reviewers" ADD CONSTRAINT "writing_reviewers_exercise_id_writing_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."writing_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writing_reviewers" ADD CONSTRAINT "writing_reviewers_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writing_reviews" ADD CONSTRAINT "writing_reviews_exercise_id_writing_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."writing_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writing_reviews" ADD CONSTRAINT "writing_reviews_reviewer_id_participants_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "writing_exercises_loop" ON "writing_exercises" USING btree ("loop_id");--> statement-breakpoint
CREATE INDEX "writing_exercises_live_deadline" ON "writing_exercises" USING btree ("deadline") WHERE "writing_exercises"."status" = 'writing';--> statement-breakpoint
CREATE UNIQUE INDEX "writing_reviews_exercise_reviewer" ON "writing_reviews" USING btree ("exercise_id","reviewer_id");