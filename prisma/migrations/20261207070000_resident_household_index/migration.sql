-- Issue 14: every approval reads the reviewer's household (nobody awards points to their own
-- household); without this index that read walked every resident of the community.
-- CreateIndex
CREATE INDEX "Resident_communityId_household_idx" ON "Resident"("communityId", "household");
