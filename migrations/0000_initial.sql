CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loop_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debrief_reads" (
	"loop_id" uuid NOT NULL,
	"reader_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debrief_reads_reader_id_scorecard_id_pk" PRIMARY KEY("reader_id","scorecard_id")
);
--> statement-breakpoint
CREATE TABLE "debriefs" (
	"loop_id" uuid PRIMARY KEY NOT NULL,
	"phase" text DEFAULT 'read' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_early_reason" text,
	"spotlight" jsonb,
	"decision" text,
	"rationale" text,
	"decided_at" timestamp with time zone,
	"show_interviewer_names" boolean DEFAULT false NOT NULL,
	"published_feedback" jsonb,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "debriefs_phase" CHECK ("debriefs"."phase" in ('read','revote','discuss','decide','decided','published')),
	CONSTRAINT "debriefs_decision" CHECK ("debriefs"."decision" is null or "debriefs"."decision" in ('hire','no-hire'))
);
--> statement-breakpoint
CREATE TABLE "loop_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loop_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"lps" jsonb NOT NULL,
	"text" text NOT NULL,
	"probes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_name" text NOT NULL,
	"target_role" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"focus_lps" jsonb NOT NULL,
	"lps_per_interviewer" jsonb NOT NULL,
	"meeting_url" text,
	"scorecard_due_minutes" integer DEFAULT 60 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loops_target_role" CHECK ("loops"."target_role" in ('product-manager','product-manager-technical','software-development-engineer','other'))
);
--> statement-breakpoint
CREATE TABLE "lp_ratings" (
	"scorecard_id" uuid NOT NULL,
	"lp_id" text NOT NULL,
	"rating" text,
	"evidence" text DEFAULT '' NOT NULL,
	"not_assessed_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "lp_ratings_scorecard_id_lp_id_pk" PRIMARY KEY("scorecard_id","lp_id"),
	CONSTRAINT "lp_ratings_rating" CHECK ("lp_ratings"."rating" is null or "lp_ratings"."rating" in ('raises-the-bar','meets','below','not-assessed'))
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loop_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"round_id" uuid,
	"is_bar_raiser" boolean DEFAULT false NOT NULL,
	"token_hash" text NOT NULL,
	"token_issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"first_opened_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_role" CHECK ("participants"."role" in ('organizer','candidate','interviewer','shadow'))
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" text PRIMARY KEY NOT NULL,
	"bank_version" integer NOT NULL,
	"kind" text NOT NULL,
	"lps" jsonb NOT NULL,
	"text" text NOT NULL,
	"probes" jsonb NOT NULL,
	"roles" jsonb
);
--> statement-breakpoint
CREATE TABLE "round_clocks" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"duration_ms" bigint NOT NULL,
	"extended_ms" bigint DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone,
	"deadline" timestamp (3) with time zone,
	"remaining_at_pause_ms" bigint,
	"ended_at" timestamp (3) with time zone,
	"end_reason" text,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_clocks_status" CHECK ("round_clocks"."status" in ('scheduled','running','paused','ended'))
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loop_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"break_after_minutes" integer DEFAULT 0 NOT NULL,
	"phases" jsonb NOT NULL,
	"assigned_lps" jsonb NOT NULL,
	"meeting_url" text,
	CONSTRAINT "rounds_kind" CHECK ("rounds"."kind" in ('behavioral','product-sense','technical','writing')),
	CONSTRAINT "rounds_duration" CHECK ("rounds"."duration_minutes" between 15 and 90)
);
--> statement-breakpoint
CREATE TABLE "scorecard_patches" (
	"scorecard_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"seq" integer NOT NULL,
	"resulting_version" integer NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_patches_scorecard_id_client_id_seq_pk" PRIMARY KEY("scorecard_id","client_id","seq")
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"concerns" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"vote" text,
	"version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_status" CHECK ("scorecards"."status" in ('draft','submitted'))
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question_id" text,
	"question_text" text DEFAULT '' NOT NULL,
	"lps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"situation" text DEFAULT '' NOT NULL,
	"task" text DEFAULT '' NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loop_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"vote" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_stage" CHECK ("votes"."stage" in ('scorecard','debrief')),
	CONSTRAINT "votes_vote" CHECK ("votes"."vote" in ('strong-hire','inclined-hire','inclined-not-hire','strong-not-hire'))
);
--> statement-breakpoint
ALTER TABLE "debrief_reads" ADD CONSTRAINT "debrief_reads_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_reads" ADD CONSTRAINT "debrief_reads_reader_id_participants_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_reads" ADD CONSTRAINT "debrief_reads_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debriefs" ADD CONSTRAINT "debriefs_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loop_questions" ADD CONSTRAINT "loop_questions_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lp_ratings" ADD CONSTRAINT "lp_ratings_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_clocks" ADD CONSTRAINT "round_clocks_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_patches" ADD CONSTRAINT "scorecard_patches_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_interviewer_id_participants_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_loop" ON "audit_log" USING btree ("loop_id","id");--> statement-breakpoint
CREATE INDEX "loop_questions_loop" ON "loop_questions" USING btree ("loop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_token_hash" ON "participants" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "participants_loop" ON "participants" USING btree ("loop_id");--> statement-breakpoint
CREATE INDEX "round_clocks_live_deadline" ON "round_clocks" USING btree ("deadline") WHERE "round_clocks"."status" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_loop_position" ON "rounds" USING btree ("loop_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecards_round_interviewer" ON "scorecards" USING btree ("round_id","interviewer_id");--> statement-breakpoint
CREATE INDEX "stories_scorecard" ON "stories" USING btree ("scorecard_id");--> statement-breakpoint
CREATE INDEX "votes_loop" ON "votes" USING btree ("loop_id");