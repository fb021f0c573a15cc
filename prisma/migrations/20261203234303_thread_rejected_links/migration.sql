-- The five-year thread (decision 0036): a suggestion staff removed stays, as
-- 'rejected', so that recomputing suggestions (ON CONFLICT DO NOTHING on the
-- per-target unique indexes) never offers it again.
-- AlterEnum
ALTER TYPE "LinkState" ADD VALUE 'rejected';
