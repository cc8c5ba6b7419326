"""orgdesign.export"""
