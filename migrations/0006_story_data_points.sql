CREATE TABLE "debrief_dismissals" (
	"loop_id" uuid NOT NULL,
	"story_a" uuid NOT NULL,
	"story_b" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" uuid NOT NULL,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debrief_dismissals_loop_id_story_a_story_b_kind_pk" PRIMARY KEY("loop_id","story_a","story_b","kind"),
	CONSTRAINT "debrief_dismissals_order" CHECK ("debrief_dismissals"."story_a" < "debrief_dismissals"."story_b"),
	CONSTRAINT "debrief_dismissals_kind" CHECK ("debrief_dismissals"."kind" in ('metric','timeline','team','role','outcome'))
);
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "data_points" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "debrief_dismissals" ADD CONSTRAINT "debrief_dismissals_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_dismissals" ADD CONSTRAINT "debrief_dismissals_dismissed_by_participants_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;