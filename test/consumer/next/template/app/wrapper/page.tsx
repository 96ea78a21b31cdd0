import { SendCodeStep } from '../SendCodeStep';

export default function WrapperPage() {
  return (
    <main>
      <SendCodeStep personId="wrapper-person" />
    </main>
  );
}
