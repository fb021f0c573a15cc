// zod's own messages in Simplified Chinese for every schema in the app.
import { z } from "zod";

z.config(z.locales.zhCN());
