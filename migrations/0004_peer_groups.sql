CREATE TABLE "group_availability" (
	"member_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_availability_member_id_starts_at_pk" PRIMARY KEY("member_id","starts_at"),
	CONSTRAINT "group_availability_order" CHECK ("group_availability"."ends_at" > "group_availability"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "group_loops" (
	"loop_id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"series" integer NOT NULL,
	"position" integer NOT NULL,
	"candidate_member_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"target_role" text NOT NULL,
	"time_zone" text NOT NULL,
	"wants_to_be_candidate" boolean DEFAULT true NOT NULL,
	"token_hash" text NOT NULL,
	"token_issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_target_role" CHECK ("group_members"."target_role" in ('product-manager','product-manager-technical','software-development-engineer','other'))
);
--> statement-breakpoint
CREATE TABLE "group_seats" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"loop_id" uuid NOT NULL,
	"member_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organizer_name" text NOT NULL,
	"organizer_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_arrivals" (
	"participant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"first_entered_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "round_arrivals_participant_id_round_id_pk" PRIMARY KEY("participant_id","round_id")
);
--> statement-breakpoint
ALTER TABLE "group_availability" ADD CONSTRAINT "group_availability_member_id_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."group_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_loops" ADD CONSTRAINT "group_loops_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_loops" ADD CONSTRAINT "group_loops_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_loops" ADD CONSTRAINT "group_loops_candidate_member_id_group_members_id_fk" FOREIGN KEY ("candidate_member_id") REFERENCES "public"."group_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_seats" ADD CONSTRAINT "group_seats_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_seats" ADD CONSTRAINT "group_seats_loop_id_group_loops_loop_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."group_loops"("loop_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_seats" ADD CONSTRAINT "group_seats_member_id_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."group_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_arrivals" ADD CONSTRAINT "round_arrivals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_arrivals" ADD CONSTRAINT "round_arrivals_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_loops_group" ON "group_loops" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_loops_series_position" ON "group_loops" USING btree ("group_id","series","position");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_token_hash" ON "group_members" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_group_position" ON "group_members" USING btree ("group_id","position");--> statement-breakpoint
CREATE INDEX "group_seats_member" ON "group_seats" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "group_seats_loop" ON "group_seats" USING btree ("loop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_organizer_token_hash" ON "groups" USING btree ("organizer_token_hash");