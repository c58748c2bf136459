import { render } from 'preact';
import { SidePanel } from '../../src/ui/components/SidePanel';
import '../../src/ui/styles.css';

render(<SidePanel />, document.getElementById('app')!);
