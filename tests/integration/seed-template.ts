import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed/seed-demo";

export async function seedTemplate(url: string): Promise<void> {
  const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seedDemo(owner);
  } finally {
    await owner.$disconnect();
  }
}
