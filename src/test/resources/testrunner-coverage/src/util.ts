export function greet(name: string): string {
  const greeting = `Hello, ${name}`;
  return greeting;
}

export async function later(): Promise<number> {
  await Promise.resolve();
  return 1;
}
