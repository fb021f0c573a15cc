// Every page each role can reach passes axe with no serious or critical
// violation, at desktop size and on a 390×844 phone (decision 0034; both widths
// in one visit since decision 0039, which retired the phone twin).
import { declareSweepTests } from "./a11y-sweep";

declareSweepTests();
